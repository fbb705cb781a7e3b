"""A value has the wrong type: text where a number is expected, a list where a mapping is, ...

FAIL::

    slots: 两个

PASS::

    slots: 2

Fix: write the value in the form the schema describes.
"""
