"""The printed brief and the day sheet: gathering a visit's data in one read, the words in the user's language,
laying it out with reportlab and writing the PDF."""
