"""Cutting a query worker off from the network, beneath the query guard.

The guard refuses SERVICE before any engine sees it, but it reads query text without parsing it.
A worker that runs in a network namespace of its own, with no interfaces but a loopback that is
down, cannot connect anywhere whatever a query says. Creating the namespace needs the
CAP_SYS_ADMIN capability (root on this project's machines); where it is missing, the worker runs
with the guard alone and says so in the log.
"""

import ctypes
import logging
import os

log = logging.getLogger(__name__)

CLONE_NEWNET = 0x40000000  # from <sched.h>


def leave_the_network() -> bool:
    """Move this process into a new, empty network namespace; True if it worked."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(CLONE_NEWNET) == 0:
            return True
        reason = os.strerror(ctypes.get_errno())
    except (OSError, AttributeError) as error:  # no libc unshare on this platform
        reason = str(error)
    log.warning(
        "Query worker keeps network access (unshare failed: %s); the query guard alone stops SERVICE.", reason
    )
    return False
