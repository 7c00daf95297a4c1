"""A moment: the forms for connection and repair moments and reflections, the read-only view,
the strength picker, and the list models.
"""
