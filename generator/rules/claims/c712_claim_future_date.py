"""A new claim is dated after today.

Fix: write the date of the day you claim.
"""
