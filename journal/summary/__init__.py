"""The summary a caregiver chooses to share: which items may go in, the words around them, and
the PDF and HTML files.
"""
