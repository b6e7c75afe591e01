"""Revision comparisons show what a reader would notice, and nothing else.

A choice list (focus areas, languages) shows by its names, in the choices' order, with
no change when only the order of the stored codes differs. A rich text field shows no
change when only hidden markup changed (attributes, wrapping tags, whitespace): what
counts is its visible text, where its links lead and what it embeds.
"""

from bs4 import BeautifulSoup, NavigableString
from wagtail.admin.compare import (
    M2MFieldComparison,
    RichTextFieldComparison,
    register_comparison_class,
)
from wagtail.fields import RichTextField

from partners.fields import CodeListField, decode_codes

# What a link or an embed points at, as the rich text stores it.
TARGET_ATTRIBUTES = ("href", "linktype", "embedtype", "id", "format", "alt", "url")
# Tags whose effect a reader sees, by what they show as (<strong> shows as <b> does).
SHOWN_TAGS = {
    **{name: name for name in ("p", "h2", "h3", "h4", "ul", "ol", "li", "br", "a", "embed")},
    **{"b": "b", "strong": "b", "i": "i", "em": "i"},
}


class CodeListComparison(M2MFieldComparison):
    def get_items(self):
        order = [code for code, _label in self.field.choices_list]

        def in_order(value):
            codes = decode_codes(value)
            return sorted(codes, key=lambda c: order.index(c) if c in order else len(order))

        return in_order(self.val_a), in_order(self.val_b)

    def get_item_display(self, item):
        return str(dict(self.field.choices_list).get(item, item))


def what_a_reader_sees(html):
    """The rich text as a reader meets it: words (whitespace collapsed), the formatting
    that shows (paragraphs, headings, lists, bold, italics) and where links and embeds
    point; other tags are unwrapped and other attributes dropped."""
    tokens = []

    def walk(node):
        for child in node.children:
            if isinstance(child, NavigableString):
                tokens.append(("text", str(child)))
            elif child.name in SHOWN_TAGS:
                name = SHOWN_TAGS[child.name]
                targets = tuple((a, child.get(a)) for a in TARGET_ATTRIBUTES if child.get(a))
                tokens.append(("open", name, targets if name in ("a", "embed") else ()))
                walk(child)
                tokens.append(("close", name))
            else:
                walk(child)

    walk(BeautifulSoup(html or "", "html.parser"))
    seen = []
    for token in tokens:
        if token[0] == "text" and seen and seen[-1][0] == "text":
            seen[-1] = ("text", seen[-1][1] + token[1])
        else:
            seen.append(token)
    seen = [(t[0], " ".join(t[1].split())) if t[0] == "text" else t for t in seen]
    return [t for t in seen if t != ("text", "")]


class VisibleRichTextComparison(RichTextFieldComparison):
    def has_changed(self):
        return what_a_reader_sees(self.val_a) != what_a_reader_sees(self.val_b)


def register():
    register_comparison_class(CodeListField, comparison_class=CodeListComparison)
    register_comparison_class(RichTextField, comparison_class=VisibleRichTextComparison)
