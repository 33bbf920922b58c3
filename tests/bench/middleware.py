"""Counts the SQL queries of each request, for the benchmark's table."""

from django.db import connection


class QueryCountMiddleware:
    """Sets `X-Queries`: the statements this request sent to the database, all middleware
    included. Counting through `execute_wrapper` works with DEBUG off, where Django keeps no
    query log."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        response["X-Queries"] = str(count)
        return response
