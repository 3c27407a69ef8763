"""Downloadable files for every programme: PDF, spreadsheet, CSV, JSON and calendar.

This package never imports MkDocs. The entry point is `build.build_downloads`; `paths` is
kept free of the heavy format libraries so the page templates can link the files cheaply.
"""
