"""The visitor's address, as rate limits and sign-in lockouts count it.

Behind no proxy it is REMOTE_ADDR, and X-Forwarded-For is ignored: anyone can write that header,
so trusting it would let a client pick a fresh address for every request. Behind proxies of our
own (a load balancer, a CDN) every request comes from them, so one visitor's abuse would lock out
everyone; TRUSTED_PROXY_COUNT says how many of them stand in front, and the address is the one
the outermost of them saw: counted from the right of X-Forwarded-For, since each proxy appends
what it saw and whatever lies further left is the client's own writing. django-allauth counts the
same way (ALLAUTH_TRUSTED_PROXY_COUNT, set from the same variable), so sign-in and sign-up limits
agree with the others."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """django-ratelimit's RATELIMIT_IP_META_KEY, and the per-address key of website.lockout."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if not proxies:
        return remote_addr
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < proxies:
        # Not through the proxies we were told about (a health check, a misconfiguration).
        return remote_addr
    address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return remote_addr


def counted_address(request):
    """The visitor's address as limits count it: an IPv6 address by its /64 network, since one
    machine usually holds a whole /64 (django-ratelimit masks the same way, RATELIMIT_IPV6_MASK)."""
    address = client_ip(request) if request is not None else ""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6 and parsed.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)
