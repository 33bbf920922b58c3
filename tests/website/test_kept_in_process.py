"""What a process keeps in memory (website/kept_in_process.py) stays within its bytes and its
lifetime, the least recently served going first."""

from website import kept_in_process
from website.kept_in_process import KeptInProcess


def test_past_its_bytes_the_least_recently_served_goes_first():
    kept = KeptInProcess(max_bytes=10)
    kept.put("a", "A", 4)
    kept.put("b", "B", 4)
    assert kept.get("a") == "A"  # now b is the least recently served
    kept.put("c", "C", 4)

    assert kept.get("b") is None
    assert (kept.get("a"), kept.get("c")) == ("A", "C")
    assert kept.size == 8


def test_a_value_larger_than_all_it_may_keep_is_not_kept():
    kept = KeptInProcess(max_bytes=10)
    kept.put("a", "A", 4)
    kept.put("huge", "H", 11)

    assert kept.get("huge") is None
    assert kept.get("a") == "A"


def test_a_value_put_again_replaces_the_old_one():
    kept = KeptInProcess(max_bytes=10)
    kept.put("a", "old", 6)
    kept.put("a", "new", 3)

    assert kept.get("a") == "new"
    assert kept.size == 3


def test_a_value_past_its_lifetime_is_gone(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(kept_in_process, "monotonic", lambda: now[0])
    kept = KeptInProcess(max_bytes=10, seconds=60)
    kept.put("a", "A", 4)

    now[0] += 59
    assert kept.get("a") == "A"
    now[0] += 1
    assert kept.get("a") is None
    assert kept.size == 0
