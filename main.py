"""Fieldbrief: open the desktop app, or run a command-line command (see ``python main.py --help``)."""

import sys


def main(argv: list[str] | None = None) -> int:
    from models.cli import parse_args, run_command

    args = parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
