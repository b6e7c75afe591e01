"""The table's drivers register here, one per row, under the row's label."""

ACTIONS = {}
FORM = "application/x-www-form-urlencoded"


def action(label):
    def register(driver):
        ACTIONS[label] = driver
        return driver

    return register


def fresh(instance):
    return type(instance).objects.filter(pk=instance.pk).first()
