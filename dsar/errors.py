"""Errors of DSAR services: a machine code and a translated message, mapped to the one error shape by the views."""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "unknown_right": _("Unknown right: choose access, rectification, erasure, restriction, portability or objection."),
    "no_right": _("Choose at least one right."),
    "invalid_email": _("Please enter a valid e-mail address."),
    "identifier_required": _("An e-mail address or the conversation code of the chat is required."),
    "unknown_token": _("This conversation code is unknown."),
    "wrong_code": _("The code is not correct. %(remaining)s attempts left."),
    "code_expired": _("The code has expired; request a new one."),
    "too_many_attempts": _("Too many wrong codes. For your protection, please submit a new request."),
    "invalid_link": _("This link is invalid."),
    "link_expired": _("This link has expired; request a new code."),
    "link_used": _("This link has already been used."),
    "already_verified": _("The identity of this request is already verified."),
    "not_verified": _("The identity of the requester is not verified yet; the request cannot proceed."),
    "invalid_transition": _("A request in status %(status)s cannot go to %(target)s."),
    "reason_required": _("Please give a reason."),
    "extension_not_allowed": _("The deadline can be extended only once, and only before the original deadline."),
    "invalid_extension": _("An extension is by one or two further months."),
    "right_not_requested": _("This right was not requested."),
    "already_fulfilled": _("This right has already been fulfilled."),
    "erasure_last": _("Fulfil the other rights first: erasure removes the data they need."),
    "not_open": _("The request is not open."),
    "export_running": _("The package is being built; the person receives it as soon as it is ready."),
    "no_export": _("No download is available."),
    "export_expired": _("The download has expired."),
    "nothing_to_rectify": _("Give at least one corrected value or a note on the transcript."),
    "not_restricted": _("Processing of this person's data is not restricted."),
    "invalid_field": _("This field cannot be rectified."),
    "unknown_conversation": _("Unknown conversation."),
    "unknown_notification": _("Unknown notification task."),
    "invalid_ground": _("Unknown refusal ground."),
    "too_many_requests": _("Too many requests from your connection; please try again in an hour."),
    "invalid_phone": _("Please enter a valid phone number."),
    "invalid_input": _("Please check the marked fields."),
    "invalid_code": _("Please enter the 6-digit code from our e-mail."),
    "no_code": _("There is no valid code for this request; please have a new code sent to you."),
}


class DsarError(Exception):
    """A refused DSAR operation; nothing was changed. `code` is a key of MESSAGES."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def message(self) -> str:
        text = str(MESSAGES[self.code])
        return text % self.params if self.params else text
