"""Fieldbrief's bundled data: fonts with their licences, translations, default templates, icons.

Installed as the package ``fieldbrief_resources`` (see setup.py); code finds the files through
``models.runtime.resources``, never by a path into this folder.
"""
