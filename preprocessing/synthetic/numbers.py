"""Numbers written out in Hangul: Sino-Korean (삼천 원, 이십 분) and native (세 시, 스물한 살)."""
from __future__ import annotations

_SINO_DIGITS = ("", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구")
_NATIVE_DIGITS = ("", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_DIGITS_BEFORE_COUNTER = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_TENS = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
MONTH_NAMES = ("일월", "이월", "삼월", "사월", "오월", "유월", "칠월", "팔월", "구월", "시월",
               "십일월", "십이월")


def _sino_below_10000(number: int) -> str:
    text = ""
    for value, unit in ((1000, "천"), (100, "백"), (10, "십")):
        digit, number = divmod(number, value)
        if digit:
            text += ("" if digit == 1 else _SINO_DIGITS[digit]) + unit
    return text + _SINO_DIGITS[number]


def sino_number(number: int) -> str:
    """Sino-Korean numeral: 15 → 십오, 3500 → 삼천오백, 35000 → 삼만 오천, 3억 → 삼억.

    Words are spaced by units of 만 and 억, as in 삼억 오천만.
    """
    if not 0 < number < 10 ** 12:
        raise ValueError(f"sino_number supports 1..999,999,999,999, not {number}")
    hundred_millions, rest = divmod(number, 10 ** 8)
    ten_thousands, units = divmod(rest, 10 ** 4)
    parts = []
    if hundred_millions:
        parts.append(_sino_below_10000(hundred_millions) + "억")
    if ten_thousands:
        one = ten_thousands == 1 and not hundred_millions
        parts.append(("" if one else _sino_below_10000(ten_thousands)) + "만")
    if units:
        parts.append(_sino_below_10000(units))
    return " ".join(parts)


def native_number(number: int, before_counter: bool = True) -> str:
    """Native Korean numeral 1..99: 3 → 세 (before a counter) or 셋; 20 → 스무 / 스물."""
    if not 0 < number < 100:
        raise ValueError(f"native_number supports 1..99, not {number}")
    tens, units = divmod(number, 10)
    if before_counter and number == 20:
        return "스무"
    digits = _NATIVE_DIGITS_BEFORE_COUNTER if before_counter else _NATIVE_DIGITS
    return _NATIVE_TENS[tens] + digits[units]


def clock_time(hour: int, minute: int = 0) -> str:
    """Spoken clock time: (3, 30) → "세 시 반", (10, 20) → "열 시 이십 분"."""
    text = native_number(hour) + " 시"
    if minute == 30:
        return text + " 반"
    if minute:
        return f"{text} {sino_number(minute)} 분"
    return text


def won(amount: int) -> str:
    """A price: 3000 → "삼천 원"."""
    return sino_number(amount) + " 원"
