import pytest

from helpers import Case


def pytest_make_parametrize_id(config, val, argname):
    return str(val) if isinstance(val, Case) else None
