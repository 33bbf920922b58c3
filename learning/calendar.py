"""Course sessions as iCalendar (RFC 5545), for calendar clients: one all-day VEVENT a session."""

import datetime

from django.utils import timezone
from icalendar import Calendar, Event

from website.addresses import site_hostname


def sessions_calendar(sessions, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//Thousand Landscapes//Learning network//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    host = site_hostname(request)
    stamp = timezone.now()
    for session in sessions:
        course = session.course
        event = Event()
        event.add("uid", f"course-session-{session.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add("summary", course.title)
        event.add("dtstart", session.start_date)
        # All-day events end on the day after their last day (DTEND is exclusive).
        event.add("dtend", (session.end_date or session.start_date) + datetime.timedelta(days=1))
        url = course.get_full_url(request)
        if url:
            event.add("url", url)
        location = session.place or str(session.get_mode_display())
        event.add("location", location)
        enrolment = session.get_enrolment_url()
        event.add("description", f"{course.summary}\n\n{enrolment or url or ''}".strip())
        event.add("categories", [str(session.get_mode_display())])
        calendar.add_component(event)
    return calendar.to_ical()
