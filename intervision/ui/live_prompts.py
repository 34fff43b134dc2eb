"""Questions in the live screen, asked with questionary. Always ``unsafe_ask()``: Ctrl-C must reach the
save-and-exit path (``ask()`` would swallow it and hand back None as if it were an answer)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from intervision.i18n import t
from intervision.terminal import safe, safe_lines
from intervision.ui.prompts import refuse_command

if TYPE_CHECKING:
    from prompt_toolkit.application import Application

Attach = Callable[["Application[Any]"], None]


class QuestionaryPrompts:
    """The Prompts adapter for a terminal. ``attach`` hooks each question's application (the bell keeps
    ringing on time while a question is open); ``read_line`` reads the facilitator's next line."""

    def __init__(
        self,
        attach: Attach | None = None,
        read_line: Callable[[], str] | None = None,
        toolbar: Callable[[], str] | None = None,
    ) -> None:
        self.attach, self.read_line = attach, read_line
        self.toolbar = toolbar  # the clocks stay in sight while a question is open

    def _extra(self) -> dict[str, Any]:
        if self.toolbar is None:
            return {}
        return {"bottom_toolbar": self.toolbar, "refresh_interval": 1.0}

    def _ask(self, question: Any) -> Any:
        app = question.application
        app.terminal_size_polling_interval = None
        if self.attach is not None:
            self.attach(app)
        return question.unsafe_ask()

    def ask(self, question: str, *, default: str | None = None) -> str:
        import questionary

        text = questionary.text(safe_lines(question), default=default or "", **self._extra())
        answer = self._ask(text)
        refuse_command(str(answer or ""))
        return str(answer or "").strip()

    def choose(self, question: str, choices: Sequence[str], *, default: str | None = None) -> str:
        import questionary

        # A name is shown cleaned, but the choice hands back the name as it is recorded.
        options = [questionary.Choice(safe(choice), value=choice) for choice in choices]
        chosen = default if default in choices else None
        select = questionary.select(
            safe_lines(question), choices=options, default=chosen, instruction=t("live.select_hint")
        )
        return str(self._ask(select))

    def confirm(self, question: str, *, default: bool = True) -> bool:
        import questionary

        hint = t("live.confirm_hint_yes") if default else t("live.confirm_hint_no")
        confirm = questionary.confirm(
            safe_lines(question), default=default, instruction=hint, **self._extra()
        )
        return bool(self._ask(confirm))

    def read_command(self) -> str:
        if self.read_line is None:
            return self.ask("›")
        return self.read_line()
