"""Help pages and usage errors in our own words, Dutch or English.

Typer 0.29's vendored Click has no gettext: "Usage:", "Options:", "Show this message and exit.",
"Missing argument", "No such option" and the placeholders ``<str>``, ``<int range>``, ``[1<=x<=50]`` are
English literals, and option values are checked by pydantic in English. So every command and group gets
one of the two classes below (``localise`` sets them on the whole app before Typer builds it), which write
the help page from the catalog, and ``HelpGroup.main`` says Click's usage errors again from their class
and fields. Nothing here is imported before a command line is parsed that needs it: it costs no start-up.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer import _click
from typer._click import exceptions as click_errors
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from intervision.errors import EXIT_FAILURE, EXIT_OK
from intervision.i18n import t

# Placeholders in help, by parameter name; a parameter not named here gets one by its type.
_METAVARS = {
    "protocol": "usage.meta.protocol",
    "session": "usage.meta.session",
    "paths": "usage.meta.path",
    "members": "usage.meta.count",
    "minutes": "usage.meta.minutes",
    "cases": "usage.meta.count",
    "start": "usage.meta.clock",
    "workspace": "usage.meta.folder",
    "lang": "usage.meta.lang",
    "warn": "usage.meta.seconds",
    "facilitator": "usage.meta.name",
    "owner": "usage.meta.name",
    "case": "usage.meta.title",
    "rehearse": "usage.meta.speed",
    "on_phase_end": "usage.meta.command",
    "base": "usage.meta.protocol",
}
_TEXT_METAVARS = {"members": "usage.meta.names"}  # the same name, given as text: run --members
_TYPER_OPTIONS = {
    "install_completion": "usage.opt.install_completion",
    "show_completion": "usage.opt.show_completion",
}
_BY_TYPE = {"int": "usage.meta.number", "float": "usage.meta.number", "Path": "usage.meta.path"}


def metavar(param: _click.core.Parameter) -> str:
    """The placeholder a reader sees for a value: ``AANTAL``, ``UU:MM``, ``METHODE``."""
    if param.metavar:
        return param.metavar
    name = param.name or ""
    key = _METAVARS.get(name)
    if isinstance(param, (TyperOption, TyperArgument)):
        kind = param.bare_type().split("|")[0].strip()
        if kind == "str" and name in _TEXT_METAVARS:
            key = _TEXT_METAVARS[name]
        elif key is None:
            key = _BY_TYPE.get(kind, "usage.meta.text")
    return t(key or "usage.meta.text")


def _number(value: object) -> object:
    """1440.0 reads as 1440."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _range(param: _click.core.Parameter) -> str | None:
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is not None and high is not None:
        return t("usage.range", low=_number(low), high=_number(high))
    if low is not None:
        return t("usage.at_least", low=_number(low))
    if high is not None:
        return t("usage.at_most", high=_number(high))
    return None


def _extras(param: _click.core.Parameter) -> list[str]:
    extra = []
    default = param.default
    is_flag = isinstance(param, TyperOption) and param.is_flag
    if (
        getattr(param, "show_default", False)
        and not is_flag
        and default is not None
        and not callable(default)
    ):
        extra.append(t("usage.default", value=default))
    bounds = _range(param)
    if bounds:
        extra.append(bounds)
    if param.required:
        extra.append(t("usage.required"))
    return extra


def _record(param: _click.core.Parameter, help_option: object) -> tuple[str, str] | None:
    if getattr(param, "hidden", False):
        return None
    if isinstance(param, TyperArgument):
        name = metavar(param) + ("..." if param.nargs != 1 else "")
        text = param.help or ""
    else:
        assert isinstance(param, TyperOption)
        name = _click.formatting.join_options(param.opts)[0]
        if param.secondary_opts:  # --bell / --no-bell
            name += " / " + _click.formatting.join_options(param.secondary_opts)[0]
        if not param.is_flag and not param.count:
            name += f" {metavar(param)}"
        text = t("usage.opt.help") if param is help_option else (param.help or "")
        if param.name in _TYPER_OPTIONS:  # Typer's own completion options, in our words
            text = t(_TYPER_OPTIONS[param.name])
    extra = _extras(param)
    if extra:
        text = f"{text}  [{'; '.join(extra)}]" if text else f"[{'; '.join(extra)}]"
    return name, text


def _usage_pieces(command: _click.Command, ctx: _click.Context) -> list[str]:
    pieces = [t("usage.options")]
    for param in command.get_params(ctx):
        if isinstance(param, TyperArgument):
            name = metavar(param) + ("..." if param.nargs != 1 else "")
            pieces.append(name if param.required else f"[{name}]")
    if isinstance(command, TyperGroup):
        pieces.append(t("usage.command"))
    return pieces


def _format_usage(command: _click.Command, ctx: _click.Context, out: _click.HelpFormatter) -> None:
    prefix = t("usage.usage") + " "
    out.write_usage(ctx.command_path, " ".join(_usage_pieces(command, ctx)), prefix=prefix)


def _format_params(command: _click.Command, ctx: _click.Context, out: _click.HelpFormatter) -> None:
    help_option = command.get_help_option(ctx)
    arguments: list[tuple[str, str]] = []
    options: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        row = _record(param, help_option)
        if row is not None:
            (arguments if isinstance(param, TyperArgument) else options).append(row)
    if arguments:
        with out.section(t("usage.arguments")):
            out.write_dl(arguments)
    if options:
        with out.section(t("usage.options_title")):
            out.write_dl(options)


class HelpCommand(TyperCommand):
    """A command whose help page is ours."""

    def format_usage(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        _format_usage(self, ctx, formatter)

    def format_options(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        _format_params(self, ctx, formatter)


class HelpGroup(TyperGroup):
    """A command group whose help page and usage errors are ours."""

    def format_usage(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        _format_usage(self, ctx, formatter)

    def format_options(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        _format_params(self, ctx, formatter)
        rows = []
        names = [n for n in self.list_commands(ctx) if not self.commands[n].hidden]
        if names:
            limit = formatter.width - 6 - max(len(n) for n in names)
            rows = [(n, self.commands[n].get_short_help_str(limit)) for n in names]
            with formatter.section(t("usage.commands")):
                formatter.write_dl(rows)

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click_errors.UsageError:
            if args and args[0] not in self.commands and not args[0].startswith("-"):
                raise click_errors.UsageError(
                    _no_command(args[0], list(self.commands)), ctx
                ) from None
            raise

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click_errors.NoArgsIsHelpError as error:
            error.show()
            code = error.exit_code
        except click_errors.UsageError as error:
            from intervision.terminal import safe_lines  # the typed word is shown, never obeyed

            print(safe_lines("\n".join(usage_error_lines(error))), file=sys.stderr)
            code = error.exit_code
        except click_errors.ClickException as error:
            from intervision.terminal import safe

            print(safe(t("usage.error", message=error.format_message())), file=sys.stderr)
            code = error.exit_code
        except typer.Abort:
            print(t("usage.aborted"), file=sys.stderr)
            code = EXIT_FAILURE
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def _no_command(name: str, available: list[str]) -> str:
    matches = difflib.get_close_matches(name, available)
    if matches:
        return t("usage.err.no_command_mean", name=name, match=" / ".join(matches))
    return t("usage.err.no_command", name=name, available=", ".join(available))


def _hint(param: Any) -> str:
    """An option by its longest name (``--members``), an argument by its placeholder."""
    if isinstance(param, TyperOption):
        return max(param.opts, key=len)
    if isinstance(param, TyperArgument):
        return metavar(param)
    return str(param)


def _value_problem(error: click_errors.BadParameter) -> str:
    """pydantic's check of an option value, said again from its error type."""
    cause = error.__cause__
    errors = getattr(cause, "errors", None)
    if not callable(errors):
        return error.message
    first = errors()[0]
    kind, bounds, value = first.get("type", ""), first.get("ctx") or {}, first.get("input")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return t("usage.value.whole", value=value)
    if kind in ("float_parsing", "float_type", "finite_number"):
        return t("usage.value.number", value=value)
    for name in ("ge", "gt", "le", "lt"):
        if name in bounds:
            return t(f"usage.value.{name}", value=value, bound=_number(bounds[name]))
    return t("usage.value.other", value=value)


_EXTRA_ARGS = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)")


def error_message(error: click_errors.UsageError) -> str:
    """Click's usage error in the current language, from its class and fields."""
    if isinstance(error, click_errors.MissingParameter):
        kind = "option" if isinstance(error.param, TyperOption) else "argument"
        return t(f"usage.err.missing_{kind}", name=_hint(error.param))
    if isinstance(error, click_errors.BadParameter):
        name = _hint(error.param) if error.param is not None else (error.param_hint or "")
        if error.__cause__ is None:  # raised by our own code: the message is ours already
            return t("usage.err.bad_value", name=name, problem=error.message)
        return t("usage.err.bad_value", name=name, problem=_value_problem(error))
    if isinstance(error, click_errors.NoSuchOption):
        name = _click.utils._escape_control_characters(error.option_name)
        if error.possibilities:
            return t("usage.err.no_option_mean", name=name, match=" / ".join(error.possibilities))
        return t("usage.err.no_option", name=name)
    if isinstance(error, click_errors.BadOptionUsage):
        if "requires" in error.message:
            return t("usage.err.needs_value", name=error.option_name)
        return t("usage.err.takes_no_value", name=error.option_name)
    extra = _EXTRA_ARGS.fullmatch(error.message)
    if extra:
        return t("usage.err.extra_args", args=extra.group(1))
    if error.message.startswith("Missing command"):
        return t("usage.err.missing_command")
    return error.message


def usage_error_lines(error: click_errors.UsageError) -> list[str]:
    """The usage line, where to find help, and what was wrong — like Click, in our words."""
    lines = []
    ctx = error.ctx
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(t("usage.try", command=f"{ctx.command_path} {ctx.help_option_names[0]}"))
        lines.append("")
    lines.append(t("usage.error", message=error_message(error)))
    return lines


def localise(app: typer.Typer) -> None:
    """Give every command and group of ``app`` (also those added later by other modules) our classes."""
    app.info.cls = HelpGroup
    for command in app.registered_commands:
        if command.cls in (None, TyperCommand):  # Typer fills in its own class when none is given
            command.cls = HelpCommand
    for group in app.registered_groups:
        if group.typer_instance is not None:
            localise(group.typer_instance)
