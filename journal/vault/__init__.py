"""Keys and the database file: the vault (create, open, re-key), the key file and its slots,
key derivation, the recovery code, the SQLCipher connection and schema migrations.
"""
