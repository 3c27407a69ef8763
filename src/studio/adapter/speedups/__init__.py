"""The build's shortcuts through MkDocs' and Material's insides, all switched by `switch.apply` (mkdocs.yml's
`extra.build.speedups`); what each leans on is listed in studio.adapter.compat."""

__all__ = ["blog_excerpts", "patching", "quick_rebuilds", "render_memo", "switch"]
