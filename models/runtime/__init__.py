"""What every run needs before the domain: logging, the bundled resources, the user's language and marking text for translation."""
