"""Base-62 short codes."""
import string
import sys

ALPHABET = string.digits + string.ascii_letters


def encode(number: int) -> str:
    if number == 0:
        return ALPHABET[0]
    digits = []
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits.append(ALPHABET[rest])
    return "".join(reversed(digits))


def main() -> None:
    for arg in sys.argv[1:]:
        print(arg, encode(int(arg)))
