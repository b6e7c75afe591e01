"""Revision comparisons show a choice list (focus areas, languages) by its names, in the
choices' order, and show no change when only the order of the stored codes differs."""

from wagtail.admin.compare import M2MFieldComparison, register_comparison_class

from partners.fields import CodeListField, decode_codes


class CodeListComparison(M2MFieldComparison):
    def get_items(self):
        order = [code for code, _label in self.field.choices_list]

        def in_order(value):
            codes = decode_codes(value)
            return sorted(codes, key=lambda c: order.index(c) if c in order else len(order))

        return in_order(self.val_a), in_order(self.val_b)

    def get_item_display(self, item):
        return str(dict(self.field.choices_list).get(item, item))


def register():
    register_comparison_class(CodeListField, comparison_class=CodeListComparison)
