"""Demo data: a realistic, reproducible rep's book, and its word lists."""
