"""Asking the facilitator something: a small adapter so the flow can be driven by lines or by questionary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TextIO

from intervision.i18n import t


class EndOfInput(Exception):
    """The input ran out (a script ended, or stdin was closed)."""


class Cancelled(Exception):
    """A command (a line starting with '/') typed where a question wanted an answer: the question is
    dropped, and the command is not taken as the answer."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class Dismissed(Exception):
    """The facilitator left a question without answering it (Escape): nothing is changed."""


YES = frozenset({"j", "ja", "y", "yes"})
NO = frozenset({"n", "nee", "no"})


def yes_no(answer: str) -> bool | None:
    """'j', 'ja', 'y', 'yes' → True; 'n', 'nee', 'no' → False; anything else → None. In either language."""
    word = answer.strip().casefold()
    return True if word in YES else False if word in NO else None


def refuse_command(answer: str) -> str:
    if answer.strip().startswith("/"):
        raise Cancelled(answer.strip())
    return answer


class Prompts(Protocol):
    def ask(self, question: str, *, default: str | None = None) -> str: ...

    def choose(
        self, question: str, choices: Sequence[str], *, default: str | None = None
    ) -> str: ...

    def confirm(self, question: str, *, default: bool = True) -> bool: ...

    def read_command(self) -> str: ...


class LinePrompts:
    """Questions answered one line at a time: for pipes, files and plain terminals. No escape codes."""

    def __init__(self, stdin: TextIO, stdout: TextIO, *, echo_prompt: bool = True) -> None:
        self.stdin, self.stdout, self.echo_prompt = stdin, stdout, echo_prompt

    def _line(self, prompt: str) -> str:
        if self.echo_prompt:
            self.stdout.write(prompt)
            self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise EndOfInput
        return line.rstrip("\r\n")

    def read_command(self) -> str:
        return self._line("> ")

    def ask(self, question: str, *, default: str | None = None) -> str:
        suffix = f" [{default}]" if default else ""
        self.stdout.write(f"{question}{suffix}\n")
        answer = refuse_command(self._line("? ")).strip()
        return answer or (default or "")

    def choose(self, question: str, choices: Sequence[str], *, default: str | None = None) -> str:
        while True:
            self.stdout.write(question + "\n")
            for number, choice in enumerate(choices, start=1):
                mark = " *" if choice == default else ""
                self.stdout.write(f"  {number}. {choice}{mark}\n")
            if default:
                self.stdout.write(t("prompt.default_hint", default=default) + "\n")
            answer = refuse_command(self._line("? ")).strip()
            if not answer and default:
                return default
            if answer.isdigit() and 1 <= int(answer) <= len(choices):
                return choices[int(answer) - 1]
            for choice in choices:
                # 'Anna' picks 'Anna — a parent who shouts' (a member shown with what they pitched)
                if answer and choice.casefold().partition(" — ")[0] == answer.casefold():
                    return choice
            if not answer:
                self.stdout.write(t("prompt.pick_one") + "\n")  # an empty Enter: nothing to refuse
                continue
            self.stdout.write(t("prompt.invalid_choice", answer=answer) + "\n")

    def confirm(self, question: str, *, default: bool = True) -> bool:
        hint = t("prompt.yes_no_default_yes") if default else t("prompt.yes_no_default_no")
        while True:
            self.stdout.write(f"{question} {hint}\n")
            answer = refuse_command(self._line("? ")).strip()
            said = yes_no(answer) if answer else default
            if said is not None:
                return said
            self.stdout.write(t("prompt.yes_no_invalid", answer=answer) + "\n")
