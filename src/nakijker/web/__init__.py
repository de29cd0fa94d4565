"""The web desk: ``nakijker serve`` — JSON and LanguageTool APIs and a page to work in.

``create_app`` (in ``app``) builds the application around a pool of warm
desks; ``run_server`` (in ``server``) starts the desks and serves them with
uvicorn until interrupted.
"""
