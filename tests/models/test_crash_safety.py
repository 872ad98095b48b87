"""A writer killed at random moments leaves the last committed state: 200 kills (1,000 in
bench/crash_loop.py)."""

from tests import kill_loop


def test_two_hundred_kills_leave_every_reported_commit_and_no_half_transaction(db_path):
    tally = kill_loop.run(db_path, rounds=200)
    assert tally.failures == []
    # every round was killed mid-work after the writer reported a commit (it waits for one, not for time)
    assert tally.rounds == 200 and tally.rounds_with_commits == 200
