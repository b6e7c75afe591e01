"""Demo content written from the campaign's announcement (October 2021), in our own words.

Each module here (and `partners.demo`, `resources.demo`) has `load(log)`; the
`load_demo_content` command runs them in order. Every step is idempotent:
it finds what exists by slug or name and only creates what is missing.
"""
