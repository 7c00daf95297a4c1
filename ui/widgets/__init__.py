"""Small widgets the screens share: chips, passphrase fields, the recovery code, list
delegates, input errors and screen-reader announcements.
"""
