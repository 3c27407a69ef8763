"""One address for each kind of page the published site has: the accessibility and phone tests, `make audit` and
`make shots` visit these. (The owner's guide is not published: studio.adapter.ownerguide.)"""

PAGE_TYPES = {
    "home": "/",
    "article": "/blog/training-for-strength-vs-training-for-size/",
    "blog index": "/blog/",
    "blog category": "/blog/category/programming/",
    "catalogue": "/programs/",
    "programme": "/programs/peak-strength-block/",
    "training view": "/programs/novice-linear-ab/train/",
    "compare": "/programs/compare/?p=barbell-strength-foundations,hypertrophy-upper-lower,peak-strength-block",
    "exercise": "/exercises/back-squat/",
    "exercise index": "/exercises/",
    "picker": "/which-programme/",
    "services": "/services/",
    "service": "/services/sports-massage/",  # with a booking form to embed
    "privacy": "/privacy/",
    "404": "/404.html",
}
