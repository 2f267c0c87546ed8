"""Console pages for data-subject requests: list with deadlines, recording a request, the request page, holds.

Everyone in the tenant may see requests and record one received by letter or phone; acting on a request (verify,
status, extend, refuse, fulfil) needs an owner, admin or DPO.
"""

from datetime import datetime, time

from django.contrib import messages
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from dsar import art19, fulfil, rights, selectors, services
from dsar.errors import DsarError
from dsar.forms import ConsoleRequestForm, ExtendForm, LegalHoldForm, RefuseForm, TransitionForm
from dsar.models import Intake, Right
from dsar.rights import RECTIFIABLE
from tenants.console import ALL_ROLES, LEGAL, console_view


@console_view(ALL_ROLES)
def request_list(request):
    status = request.GET.get("status") or "open"
    return render(
        request,
        "dsar/console/list.html",
        {
            "requests": selectors.request_list(status=None if status == "all" else status)[:200],
            "counts": selectors.dashboard_counts(),
            "status": status,
        },
    )


@console_view(ALL_ROLES)
def request_new(request):
    form = ConsoleRequestForm(request.POST or None, initial={"received_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        received_on = data.pop("received_on")
        received_at = timezone.make_aware(datetime.combine(received_on, time(12)))
        try:
            dsar = services.request_create(
                tenant=request.tenant, actor=request.user, intake=Intake.CONSOLE, received_at=received_at, **data
            )
        except DsarError as error:
            form.add_error(None, f"{error.message} ({error.code})")
        else:
            return redirect("console:dsar-detail", public_id=dsar.public_id)
    return render(request, "dsar/console/new.html", {"form": form}, status=400 if form.errors else 200)


@console_view(ALL_ROLES)
def request_detail(request, public_id):
    dsar = selectors.request_get(public_id)
    return render(
        request,
        "dsar/console/detail.html",
        {
            "dsar": dsar,
            "can_act": request.membership.role in LEGAL,
            "events": selectors.request_events(dsar),
            "transition_form": TransitionForm.for_status(dsar.status),
            "extend_form": ExtendForm(),
            "refuse_form": RefuseForm(),
            "rights": [{"value": r, "label": Right(r).label, "done": dsar.outcomes.get(r)} for r in dsar.rights],
            "exports": dsar.exports.order_by("id"),
            "notifications": dsar.notifications.all(),
            "restricted": selectors.request_restricted(dsar),
            "email_pending": services.email_confirmation_pending(dsar),
        },
    )


def _act(request, public_id, action):
    dsar = selectors.request_get(public_id)
    try:
        action(dsar)
    except DsarError as error:
        messages.error(request, f"{error.message} ({error.code})")
    return redirect("console:dsar-detail", public_id=public_id)


@require_POST
@console_view(LEGAL)
def request_verify(request, public_id):
    return _act(request, public_id, lambda dsar: services.request_verify_by_agent(request=dsar, actor=request.user))


@require_POST
@console_view(LEGAL)
def request_transition(request, public_id):
    form = TransitionForm(request.POST)

    def act(dsar):
        if not form.is_valid():
            raise DsarError("invalid_transition", status=dsar.get_status_display(), target=request.POST.get("target"))
        services.request_transition(request=dsar, actor=request.user, **form.cleaned_data)

    return _act(request, public_id, act)


@require_POST
@console_view(LEGAL)
def request_extend(request, public_id):
    form = ExtendForm(request.POST)

    def act(dsar):
        if not form.is_valid():
            raise DsarError("invalid_extension" if "months" in form.errors else "reason_required")
        services.request_extend(request=dsar, actor=request.user, **form.cleaned_data)

    return _act(request, public_id, act)


@require_POST
@console_view(LEGAL)
def request_refuse(request, public_id):
    form = RefuseForm(request.POST)

    def act(dsar):
        if not form.is_valid():
            raise DsarError("invalid_ground" if "ground" in form.errors else "reason_required")
        services.request_refuse(request=dsar, actor=request.user, **form.cleaned_data)

    return _act(request, public_id, act)


@require_POST
@console_view(LEGAL)
def request_fulfil(request, public_id):
    values = {f: request.POST[f] for f in RECTIFIABLE if request.POST.get(f, "").strip()}
    return _act(
        request,
        public_id,
        lambda dsar: fulfil.right_fulfil(
            request=dsar,
            actor=request.user,
            right=request.POST.get("right", ""),
            values=values,
            note=request.POST.get("note", ""),
            reason=request.POST.get("reason", ""),
        ),
    )


@console_view(LEGAL)
def legal_holds(request):
    form = LegalHoldForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.legal_hold_set(
                tenant=request.tenant,
                actor=request.user,
                conversation_id=form.cleaned_data["conversation"],
                reason=form.cleaned_data["reason"],
            )
        except DsarError as error:
            form.add_error("conversation", f"{error.message} ({error.code})")
        else:
            return redirect("console:dsar-holds")
    return render(
        request,
        "dsar/console/holds.html",
        {"form": form, "holds": selectors.legal_hold_list()},
        status=400 if form.errors else 200,
    )


@require_POST
@console_view(LEGAL)
def notification_done(request, public_id, pk: int):
    def act(dsar):
        notification = selectors.notification_get(dsar, pk)
        art19.notification_complete(
            notification=notification, actor=request.user, skip_reason=request.POST.get("skip_reason", "")
        )

    return _act(request, public_id, act)


@console_view(LEGAL)
def export_download(request, public_id, pk: int):
    """A ready package for the person who cannot download it (a letter or phone request): print it or post it."""
    dsar = selectors.request_get(public_id)
    try:
        package, path = fulfil.package_for_console(request=dsar, pk=pk, actor=request.user)
    except DsarError as error:
        messages.error(request, f"{error.message} ({error.code})")
        return redirect("console:dsar-detail", public_id=public_id)
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"{package.kind}-{dsar.reference}.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@console_view(LEGAL)
def restriction_lift(request, public_id):
    return _act(request, public_id, lambda dsar: rights.restriction_lift(request=dsar, actor=request.user))
