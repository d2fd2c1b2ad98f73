"""A prepared statement run value after value (the loop of look-ups it is
made for) answers, and fails, as the statement written with each value does,
before and after writes, whichever values came before."""

import pytest

import causalkg


def same(a, b):
    return a.kind == b.kind and a.data == b.data


VALUES = ["a", "b", "c", "alpha", "ALPHA", "increases", "no_such_node", "a", "c", "b"]


def literal(db, text, value):
    try:
        return db.query(text.replace("$n", "'" + value + "'"))
    except causalkg.Error as error:
        return error


def prepared(statement, value):
    try:
        return statement(n=value)
    except causalkg.Error as error:
        return error


def agree(db, statement, text, value):
    got, want = prepared(statement, value), literal(db, text, value)
    if isinstance(want, causalkg.Error):
        assert isinstance(got, causalkg.Error) and type(got) is type(want)
        assert got.kind == want.kind
    else:
        assert same(got, want), (text, value)


@pytest.mark.parametrize("text", [
    "COUNT MATCH $n ?r ?o WHERE sign(?r) != 'none'",
    "MATCH $n ?r ?o",
    "MATCH ?s ?r ?o WHERE ?o = $n",
    "MATCH $n ?r ?m, ?m ?q $n",
])
def test_a_prepared_look_up_answers_as_each_value_written(db, text):
    statement = db.prepare(text)
    for value in VALUES + VALUES:
        agree(db, statement, text, value)
    assert [statement(n=v).rows for v in ("a", "b")] == \
        [db.query(text.replace("$n", v)).rows for v in ("a", "b")]


def test_a_prepared_look_up_sees_each_write(db):
    text = "MATCH $n ?r ?o"
    statement = db.prepare(text)
    for write in ("ADD a increases d", "RENAME NODE b TO beta", "REMOVE NODE c"):
        db.query(write)
        for value in ("a", "b", "beta", "c", "d"):
            agree(db, statement, text, value)
