#include "store/Workspace.h"
