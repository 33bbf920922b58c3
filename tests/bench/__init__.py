"""The site's load benchmark (`make bench`): see README.md. Nothing here is a pytest test."""
