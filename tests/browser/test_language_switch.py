"""A visitor opens the home page and switches to Spanish."""

import re


def test_home_then_switch_to_spanish(page, live_site):
    page.goto(live_site.url + "/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="Español").click()
    page.wait_for_url(re.compile(r"/es/$"))
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Terminar con la violencia en la pareja sanando, no castigando"
    )
    assert page.console_errors == []
