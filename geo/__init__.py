"""Geocode and map the places and links of Azerbaijan-Iran cooperation articles."""
