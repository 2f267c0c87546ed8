def current_membership(request):
    return {
        "membership": getattr(request, "membership", None),
        "memberships": getattr(request, "memberships", []),
        "current_tenant": getattr(request, "tenant", None),
    }
