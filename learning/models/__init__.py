from .courses import CoursePage, CourseSession, availability_conditions
from .sections import InstitutionPage, LearningIndexPage

__all__ = [
    "CoursePage",
    "CourseSession",
    "InstitutionPage",
    "LearningIndexPage",
    "availability_conditions",
]
