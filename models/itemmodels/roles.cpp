#include "roles.h"
