"""``fieldbrief team``: the people of the team (their role and login) and handing a customer over."""

from __future__ import annotations

import argparse

from models.cli.language import count, say
from models.runtime.translatable import QT_TRANSLATE_NOOP, translate
from models.storage.paths import DataPaths
from models.vocabulary import RepRole

EXIT_OK = 0
ROLE_WORDS = {RepRole.REP: QT_TRANSLATE_NOOP("cli", "rep"), RepRole.MANAGER: QT_TRANSLATE_NOOP("cli", "manager")}


def add_team_commands(commands, command, positive_int) -> None:
    """``team`` and its own commands, under ``commands`` (made with ``command``, as the others are)."""
    team = command(commands, "team", help=translate("cli", "the people of the team, their role and login; hand a "
                                                            "customer over to another rep"))
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True,
                                  parser_class=type(team))
    listing = command(actions, "list", help=translate("cli", "list the team: each rep's role and login"))
    listing.set_defaults(handler=cmd_team_list)
    member = command(actions, "set", help=translate("cli", "add a rep to the team, or change their role or login"))
    member.add_argument("name", metavar="NAME", help=translate("cli", "the rep's name, as customers are owned under"))
    member.add_argument("--role", choices=[r.value for r in RepRole], help=translate(
        "cli", "rep: changes their own customers; manager: changes all (a new one: rep; else: unchanged)"))
    login = member.add_mutually_exclusive_group()
    login.add_argument("--login", metavar="LOGIN", help=translate(
        "cli", "the PostgreSQL login they connect to the team database with (else: unchanged)"))
    login.add_argument("--no-login", action="store_true", help=translate("cli", "take their login away"))
    member.set_defaults(handler=cmd_team_set)
    hand = command(actions, "hand-over", help=translate("cli", "hand a customer over to another rep, with its "
                                                                "visits to come, open follow-ups and promises"))
    hand.add_argument("customer", type=positive_int, metavar="CUSTOMER_ID", help=translate("cli", "the customer's number"))
    hand.add_argument("--to", required=True, metavar="NAME", help=translate("cli", "the rep who takes it over"))
    hand.set_defaults(handler=cmd_team_hand_over)
    setup = command(actions, "setup", help=translate(
        "cli", "on the team database (--database, as its owner): a rep's login changes only their own "
               "customers, a manager's all; again after adding a login or an upgrade"))
    setup.set_defaults(handler=cmd_team_setup)


def _open(args: argparse.Namespace, paths: DataPaths):
    from models.cli.database_url import database_url
    from models.storage.db import open_database

    return open_database(database_url(args, paths))


def cmd_team_list(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.team.reps import team

    db = _open(args, paths)
    try:
        members = team(db)
    finally:
        db.close()
    for m in members:
        say("%1\t%2\t%3", m.name, translate("cli", ROLE_WORDS[m.role]), m.login or "–")
    if not members:
        say(translate("cli", "No rep yet: customers have no owner, and nobody was added with \"team set\"."))
    return EXIT_OK


def cmd_team_set(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.team.reps import set_member

    db = _open(args, paths)
    try:
        member = set_member(db, args.name, args.role, args.login, no_login=args.no_login)
    finally:
        db.close()
    say(translate("cli", "%1 is on the team as %2, login %3."), member.name, translate("cli", ROLE_WORDS[member.role]),
        member.login or "–")
    return EXIT_OK


def cmd_team_hand_over(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.team.hand_over import hand_over

    db = _open(args, paths)
    try:
        done = hand_over(db, args.customer, args.to)
    finally:
        db.close()
    say(translate("cli", "Handed %1 over from %2 to %3, with %4, %5 and %6."), done.customer,
        done.from_owner or "–", done.to_owner, count(done.visits, "visit to come"), count(done.follow_ups, "follow-up"),
        count(done.promises, "promise"))
    return EXIT_OK


def cmd_team_setup(args: argparse.Namespace, paths: DataPaths) -> int:
    from models.cli.database_url import database_url
    from models.team.team_database import where
    from models.team.team_rules import set_up_team

    url = database_url(args, paths)
    done = set_up_team(url)
    say(translate("cli", "Set up the team database at %1: the team reads the whole book; a rep's login changes "
                         "only their own customers, a manager's all."), where(url))
    for name, login, role in done.members:
        say("  %1\t%2\t%3", name, login, translate("cli", ROLE_WORDS[role]))
    for name, login in done.missing:
        say(translate("cli", "  %1's login %2 is not on the server yet: create it (CREATE ROLE %2 LOGIN PASSWORD "
                             "'…'), then run team setup again."), name, login)
    if not done.members and not done.missing:
        say(translate("cli", "No rep has a login yet: give each one with team set NAME --login LOGIN, then run "
                             "team setup again."))
    return EXIT_OK
