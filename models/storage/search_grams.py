"""What lets PostgreSQL find a customer by any part of their search text, one or two Chinese characters
included, without reading every row: the text's 1- and 2-character grams, kept in a GIN index
(migration 0010), and a term's grams that a match must all have.

- ``fb_search_grams(search_text, name, city)``: every character and every pair of adjacent characters of
  the search text and of the name and city in lower case (with a few repeats and an empty one: the index
  keeps each once). The name and city are there for a customer another program wrote, whose search text
  is not made yet: a search finds them by those (models/book/customer_list.py), through the same index.
- ``fb_term_grams(term)``: the grams a text containing ``term`` has for sure: its pairs (they hold its
  characters), or the character itself for a one-character term.

So ``fb_search_grams(search_text, name, city) @> fb_term_grams(term)`` is true of every customer whose
texts contain the term
(and of few others: the query checks the term itself too, models/book/customer_list.py; models/storage/dialect.py
``might_contain``). Both are
IMMUTABLE: an index is built on the first, and the planner computes the second once per query. pg_trgm
would not do: it needs three characters. SQLite keeps reading the text (a book on a laptop).

These are version 1 of the functions, made by migration 0010: never change what they return (an index
was built with them); a change is a new function and index, made (and the old ones dropped) by a new
migration.
"""

from __future__ import annotations

INDEX = "ix_customers_search_grams"

# Character 1 (never in a name or a phone) marks where a pair ends, for string_to_array to cut at: texts
# and terms have it as character 2 before they are cut (the same for both, so a text holding a term still
# has all the term's grams). C functions only, no loop: about 100 µs a customer, for the index's build.
_MAPPED = r"replace(t, E'\x01', E'\x02')"
_PAIRS = r"string_to_array(regexp_replace({text}, '(..)', E'\\1\x01', 'g'), E'\x01')"

STATEMENTS = [
    # plpgsql, never inlined: the planner keeps its COST, high enough that it never plans to compute it
    # for each row it reads (the index holds it computed), only to ask the index
    f"""CREATE OR REPLACE FUNCTION fb_search_grams(search_text text, name text, city text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 100000 AS $$
DECLARE t text := concat_ws(E'\n', search_text, lower(name), lower(city));
BEGIN
  RETURN string_to_array({_MAPPED}, NULL) || {_PAIRS.format(text=_MAPPED)}
         || {_PAIRS.format(text=f"substr({_MAPPED}, 2)")};
END
$$""",
    f"""CREATE OR REPLACE FUNCTION fb_term_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN length(t) < 2 THEN ARRAY[{_MAPPED}]
              ELSE ARRAY(SELECT DISTINCT substr({_MAPPED}, i, 2) FROM generate_series(1, length(t) - 1) AS i) END
$$""",
    f"CREATE INDEX {INDEX} ON customers USING gin (fb_search_grams(search_text, name, city))",
]

DROPS = [
    f"DROP INDEX IF EXISTS {INDEX}",
    "DROP FUNCTION IF EXISTS fb_term_grams(text)",
    "DROP FUNCTION IF EXISTS fb_search_grams(text, text, text)",
]
