package no.praksis.rules.model;

/** A part of the agreement that knows where it is: its RFC 6901 JSON Pointer into the agreement. */
public interface Located {

    String pointer();

    /** The position of this element in its list (the pointer's last segment), or -1 outside a list. */
    default int index() {
        String last = pointer().substring(pointer().lastIndexOf('/') + 1);
        return last.chars().allMatch(Character::isDigit) && !last.isEmpty() ? Integer.parseInt(last) : -1;
    }

    /** The pointer of the list this element is in. */
    default String listPointer() {
        return pointer().substring(0, pointer().lastIndexOf('/'));
    }
}
