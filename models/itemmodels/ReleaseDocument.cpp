#include "itemmodels/ReleaseDocument.h"
