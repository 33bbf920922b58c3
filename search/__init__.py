"""Site-wide search, and the search service everything else searches through.

Two layers: `service`, `configuration`, `languages` and `backends` depend on nothing of ours
(the directories in `network`, the catalog and the stories search through `service`); the site
search itself (`site_search`, `views`) sits on top of every app, as DESIGN.md draws it."""
