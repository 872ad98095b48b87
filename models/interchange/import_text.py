"""What an import says about a person or a value, in English; the window translates each by its text
(contexts "import" and "validation" of resources/i18n/*.ts) and the notes a value is kept in are
written in the user's language (models.runtime.language.word)."""

from models.runtime.translatable import QT_TRANSLATE_NOOP, Text, translate
from models.book.validation import (  # (the customer editor's words for the same values)
    EXCEL_SHORTENED, NOT_A_PHONE, NOT_AN_EMAIL, TOO_FEW_DIGITS, TOO_MANY_DIGITS,
)

# -- why a value is kept in the notes instead of its field ----------------------------------------------
TOO_LONG = QT_TRANSLATE_NOOP("import", "Too long for this field.")
NOTES_CUT = QT_TRANSLATE_NOOP("import", "Too long for the notes: the first 10,000 characters are kept.")
NOT_A_DATE = QT_TRANSLATE_NOOP("import", "Not a date.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("import", "There is no such day.")
ORDER_UNKNOWN = QT_TRANSLATE_NOOP("import", "Day and month could be either way round: choose the order in the "
                                            "import window.")
NOT_IN_LIST = QT_TRANSLATE_NOOP("import", "Not one of the values Fieldbrief knows for this field.")
NOT_AN_ID = QT_TRANSLATE_NOOP("import", "Not a Customer ID.")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("import", "Not an amount.")
PHOTO_DROPPED = QT_TRANSLATE_NOOP("import", "a photo (Fieldbrief does not keep photos)")
NAMED_AFTER = QT_TRANSLATE_NOOP("import", "The card has no name: the person is named after this.")
UNTERMINATED = QT_TRANSLATE_NOOP("import", "The file ends inside this card (no END:VCARD): check that it is "
                                           "complete.")

# -- why a whole record is left out -------------------------------------------------------------------
NOTHING_IDENTIFYING = QT_TRANSLATE_NOOP("import", "Nothing identifies anyone here: no name, company, phone or "
                                                  "email.")

# -- the names of the fields, as the notes and the lists say them --------------------------------------
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("import", "Name"), "company": QT_TRANSLATE_NOOP("import", "Company"),
    "title": QT_TRANSLATE_NOOP("import", "Title"), "phone": QT_TRANSLATE_NOOP("import", "Phone"),
    "email": QT_TRANSLATE_NOOP("import", "Email"), "address": QT_TRANSLATE_NOOP("import", "Address"),
    "city": QT_TRANSLATE_NOOP("import", "City"), "birthday": QT_TRANSLATE_NOOP("import", "Birthday"),
    "notes": QT_TRANSLATE_NOOP("import", "Notes"), "tags": QT_TRANSLATE_NOOP("import", "Tag"),
    "segment": QT_TRANSLATE_NOOP("import", "Segment"), "industry": QT_TRANSLATE_NOOP("import", "Industry"),
    "website": QT_TRANSLATE_NOOP("import", "Website"), "owner": QT_TRANSLATE_NOOP("import", "Owner"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("import", "Lifecycle stage"), "tier": QT_TRANSLATE_NOOP("import", "Tier"),
    "relationship_level": QT_TRANSLATE_NOOP("import", "Relationship"),
    "contact_level": QT_TRANSLATE_NOOP("import", "Contact level"),
    "psychology": QT_TRANSLATE_NOOP("import", "Buying psychology"),
    "stage_entered_on": QT_TRANSLATE_NOOP("import", "Stage since"),
    "referred_by": QT_TRANSLATE_NOOP("import", "Referred by"), "customer_id": QT_TRANSLATE_NOOP("import", "Customer ID"),
    "acquisition_cost": QT_TRANSLATE_NOOP("import", "Acquisition cost"),
    "buying_role": QT_TRANSLATE_NOOP("import", "Buying role"), "attitude": QT_TRANSLATE_NOOP("import", "Attitude"),
    "influence": QT_TRANSLATE_NOOP("import", "Influence"), "card": QT_TRANSLATE_NOOP("import", "Card"),
    "company_address": QT_TRANSLATE_NOOP("import", "Company address"),
    "company_city": QT_TRANSLATE_NOOP("import", "Company city"),
    "nickname": QT_TRANSLATE_NOOP("import", "Nickname"),
}

# -- why a whole file is refused (ImportFileError templates; {placeholders} filled in after translation) ----
CANNOT_OPEN = QT_TRANSLATE_NOOP("import", "{path} cannot be opened: it was moved, or you may not read it.")
NO_VCARD = QT_TRANSLATE_NOOP("import", "The file has no vCard in it (no BEGIN:VCARD line).")
NOT_UTF16 = QT_TRANSLATE_NOOP("import", "The file looks like UTF-16 but cannot be read as {encoding}. Export it "
                                        "again.")
NOT_TEXT = QT_TRANSLATE_NOOP("import", "The file is not text (it is a picture, an archive or a program's own file?). "
                                       "Export the contacts as CSV (UTF-8, UTF-16, GB18030/GBK or Windows-1252).")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("import", "The file's characters cannot be read as UTF-8, UTF-16, GB18030/GBK "
                                               "or Windows-1252. Save it again in one of those encodings (in Excel: "
                                               "CSV UTF-8).")
BAD_START = QT_TRANSLATE_NOOP("import", "The start of the file cannot be read as {encoding}. Save it again as CSV "
                                        "UTF-8.")
EMPTY_FILE = QT_TRANSLATE_NOOP("import", "The file is empty: there is no header row.")
BAD_BYTE = QT_TRANSLATE_NOOP("import", "Line {line} cannot be read as {encoding}; nothing was imported. Save the "
                                       "file again as CSV UTF-8.")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("import", "{name} cannot be read as an Excel workbook (it is damaged, or not an "
                                             ".xlsx file). Save it again from Excel, or as CSV UTF-8.")
NO_COLUMNS = QT_TRANSLATE_NOOP("import", "None of the file's columns is one Fieldbrief knows: its first line should "
                                         "name them (Name, Company, Phone, Email…, or 姓名, 公司, 电话, 邮箱…). Is it a "
                                         "contacts export? Export it again with its header row.")


NOT_CSV = QT_TRANSLATE_NOOP("import", "The file is not CSV: its first line cannot be read. Export it again as CSV.")
CELL_TOO_BIG = QT_TRANSLATE_NOOP("import", "Line {line} has a cell larger than 64 MB; nothing was imported. Remove "
                                           "it (a picture pasted into a cell?) and export again.")
BROKEN_LINE = QT_TRANSLATE_NOOP("import", "Line {line} cannot be read as CSV (a quote that is never closed?); "
                                          "nothing was imported. Export the file again as CSV.")

# -- why a file cannot be imported (named values: {sheet}, {columns}, {mapping}, {name}) -------------------
SHEET_LACKS_COLUMNS = QT_TRANSLATE_NOOP("import", "The sheet {sheet} has no column {columns}: is it a Fieldbrief "
                                                  "workbook? Nothing was imported.")
NOT_THAT_EXPORT = QT_TRANSLATE_NOOP("import", "The file's header is not a {mapping} export.")
NO_SUCH_MAPPING = QT_TRANSLATE_NOOP("import", "There is no mapping called {mapping}: use google, outlook, fieldbrief "
                                              "or a name saved in the import window.")
EMPTY_SHEET = QT_TRANSLATE_NOOP("import", "The first sheet of {name} is empty: there is no header row.")
NO_CUSTOMER_COLUMN = QT_TRANSLATE_NOOP("import", "No column says which customer a row is for: name one 'Customer ID', "
                                                 "'Customer' or 'Phone' (客户编号, 客户名称, 手机号码).")
NO_MONTH_COLUMNS = QT_TRANSLATE_NOOP("import", "No month and amount columns: name them 'Month' and 'Amount' (月份, "
                                               "金额), or give a column per month headed like 2026-03.")


# -- said in the user's language (the import window and `fieldbrief import`) ------------------------------
def reason_text(reason: str) -> str:
    """An import message (above, or a ``Text``) in the user's language."""
    if isinstance(reason, Text):
        return reason.translated()
    context = "validation" if reason in (NOT_A_PHONE, EXCEL_SHORTENED, NOT_AN_EMAIL, TOO_FEW_DIGITS,
                                         TOO_MANY_DIGITS) else "import"
    return translate(context, reason)


def field_text(field_name: str) -> str:
    return translate("import", FIELD_NAMES.get(field_name, field_name))


def where_text(where: str) -> str:
    """"line 12" / "card 3" as the user reads it."""
    kind, _space, number = where.partition(" ")
    if kind == "line":
        return translate("ImportDialog", "line %1").replace("%1", number)
    if kind == "card":
        return translate("ImportDialog", "card %1").replace("%1", number)
    return where


def who_text(where: str, person: str) -> str:
    """"王秀英 (line 12)", or the place alone when the file names nobody."""
    return f"{person} ({where_text(where)})" if person else where_text(where)
