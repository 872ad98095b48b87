"""The team database: Fieldbrief's book on a shared PostgreSQL server, its backups and errors, copying a book to and from it, and merging what two people changed."""
