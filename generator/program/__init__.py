"""A program's figures for people: statistics, points, reminders, reports and letters to employers."""
