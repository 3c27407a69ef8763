"""How the programme reads, written once for every output: labels, facts, the glossary, the order of
exercises on a day, week ranges and page addresses.

The site pages (views/) and the downloads (downloads/) both format these; neither imports the other.
"""
