"""Questions in the live screen, asked with questionary. Always ``unsafe_ask()``: Ctrl-C must reach the
save-and-exit path (``ask()`` would swallow it and hand back None as if it were an answer)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from intervision.i18n import t
from intervision.terminal import safe, safe_lines
from intervision.ui.prompts import Cancelled, Dismissed, refuse_command, yes_no

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from prompt_toolkit.formatted_text import StyleAndTextTuples

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
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

        app = question.application
        app.terminal_size_polling_interval = None
        escape = KeyBindings()

        @escape.add("escape", eager=True)
        def _dismiss(event: Any) -> None:
            event.app.exit(exception=Dismissed(), style="class:aborting")

        app.key_bindings = merge_key_bindings([app.key_bindings, escape])
        if self.attach is not None:
            self.attach(app)
        return question.unsafe_ask()

    def ask(self, question: str, *, default: str | None = None) -> str:
        """A suggestion (a title from the pitch) is shown greyed in the empty line: Enter takes it,
        typing replaces it, Tab puts it in the line to edit. It is never prefilled text that what
        is typed would be glued onto."""
        import questionary

        extra = self._extra()
        if default:
            from prompt_toolkit.key_binding import KeyBindings

            keys = KeyBindings()

            @keys.add("tab", eager=True)
            def _edit(event: Any) -> None:
                if not event.current_buffer.text:
                    event.current_buffer.insert_text(default)

            extra["placeholder"] = [("class:instruction", safe(default))]
            extra["key_bindings"] = keys
            extra["instruction"] = t("live.suggestion_hint")
        text = questionary.text(safe_lines(question), **extra)
        answer = str(self._ask(text) or "")
        refuse_command(answer)
        return answer.strip() or (default or "")

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
        """Typed like the plain mode (j, ja, n, nee, y, yes, no, then Enter), answered in the session's
        language. questionary's own yes/no listens to y and n only and echoes 'Yes' or 'No'; and a
        single-key answer would send the 'a' of a typed 'ja' on to the next line."""
        from prompt_toolkit import PromptSession
        from prompt_toolkit.key_binding import KeyBindings
        from questionary import Question
        from questionary.styles import merge_styles_default

        hint = t("live.confirm_hint_yes") if default else t("live.confirm_hint_no")
        status: dict[str, Any] = {"answer": None, "wrong": ""}

        def tokens() -> StyleAndTextTuples:
            out: StyleAndTextTuples = [
                ("class:qmark", "?"),
                ("class:question", f" {safe_lines(question)} "),
            ]
            if status["answer"] is not None:
                out.append(("class:answer", t("prompt.yes" if status["answer"] else "prompt.no")))
            elif status["wrong"]:
                out.append(
                    ("class:instruction", t("prompt.yes_no_invalid", answer=status["wrong"]))
                )
                out.append(("", " "))
            else:
                out.append(("class:instruction", hint))
            return out

        keys = KeyBindings()

        @keys.add("enter", eager=True)
        def _enter(event: Any) -> None:
            typed = event.current_buffer.text.strip()
            if typed.startswith("/"):
                event.app.exit(exception=Cancelled(typed))
                return
            said = yes_no(typed) if typed else default
            event.current_buffer.text = ""
            if said is None:
                status["wrong"] = typed
                return
            status["answer"] = said
            event.app.exit(result=said)

        session: PromptSession[Any] = PromptSession(
            tokens, key_bindings=keys, style=merge_styles_default([None]), **self._extra()
        )
        return bool(self._ask(Question(session.app)))

    def read_command(self) -> str:
        if self.read_line is None:
            return self.ask("›")
        return self.read_line()
