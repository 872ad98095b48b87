"""The command line: its commands (the same service calls as the window's) and its help in the user's language."""
